/**
 * swiftDialog's syntax: its command-line options and JSON keys (one table, {@code DialogOption}), the command file's
 * lines, list items and fonts, read into the model; and swiftDialog's output format. Apart from the escrow's own
 * configuration, which stays in {@code config}.
 */
package org.escrowbootstrap.config.dialog;
