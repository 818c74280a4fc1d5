/** The command line: the modes ({@code dialog}, {@code escrow}, {@code preview}, {@code status}) and their wiring. */
package org.escrowbootstrap.cli;
