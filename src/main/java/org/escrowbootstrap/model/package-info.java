/** The dialog as data: specs, results, exit codes, validation and secrets; no Swing and no I/O. */
package org.escrowbootstrap.model;
