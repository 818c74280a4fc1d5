/**
 * Reading the outside world's words into the model: the escrow config file, managed preferences and Jamf
 * parameters, and the UI child's protocol. swiftDialog's options, JSON and command file are in {@code
 * config.dialog}.
 */
package org.escrowbootstrap.config;
