/** Swing rendering of a dialog spec (FlatLaf, MigLayout), the Swing presenter and headless PNG rendering. */
package org.escrowbootstrap.ui;
