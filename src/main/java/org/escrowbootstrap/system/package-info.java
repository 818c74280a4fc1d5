/**
 * The conversation with macOS: processes with timeouts, prompts answered on a pseudo-terminal, and the domain
 * questions the escrow asks, every tool found by its absolute path under a sysroot.
 */
package org.escrowbootstrap.system;
