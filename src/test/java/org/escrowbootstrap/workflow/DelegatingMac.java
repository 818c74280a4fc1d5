package org.escrowbootstrap.workflow;

import org.escrowbootstrap.model.Secret;
import org.escrowbootstrap.system.ConsoleUser;
import org.escrowbootstrap.system.EscrowAttempt;
import org.escrowbootstrap.system.InstallWindow;
import org.escrowbootstrap.system.MacSystem;
import org.escrowbootstrap.system.PasswordCheck;
import org.escrowbootstrap.system.Result;
import org.escrowbootstrap.system.SystemFacts;
import org.escrowbootstrap.system.TokenStatus;
import org.escrowbootstrap.system.UserAccount;

/** A MacSystem that passes every question on; tests override one method to inject a fault or a check. */
class DelegatingMac implements MacSystem {

    private final MacSystem delegate;

    DelegatingMac(MacSystem delegate) {
        this.delegate = delegate;
    }

    @Override
    public Result<ConsoleUser> consoleUser() {
        return delegate.consoleUser();
    }

    @Override
    public Result<UserAccount> account(String shortName) {
        return delegate.account(shortName);
    }

    @Override
    public Result<Boolean> isFileVaultUser(UserAccount account) {
        return delegate.isFileVaultUser(account);
    }

    @Override
    public Result<Boolean> hasSecureToken(String shortName) {
        return delegate.hasSecureToken(shortName);
    }

    @Override
    public Result<TokenStatus> bootstrapTokenStatus() {
        return delegate.bootstrapTokenStatus();
    }

    @Override
    public Result<PasswordCheck> verifyPassword(String shortName, Secret password) {
        return delegate.verifyPassword(shortName, password);
    }

    @Override
    public Result<EscrowAttempt> escrow(String shortName, Secret password, InstallWindow window) {
        return delegate.escrow(shortName, password, window);
    }

    @Override
    public Result<Boolean> addToAdminGroup(String shortName) {
        return delegate.addToAdminGroup(shortName);
    }

    @Override
    public Result<Boolean> removeFromAdminGroup(String shortName) {
        return delegate.removeFromAdminGroup(shortName);
    }

    @Override
    public Result<SystemFacts> facts() {
        return delegate.facts();
    }

    @Override
    public Result<Boolean> recon() {
        return delegate.recon();
    }
}
