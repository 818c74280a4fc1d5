/**
 * Reading the outside world's words into the model: swiftDialog options and JSON, the escrow config file, managed
 * preferences and Jamf parameters, and writing swiftDialog's output format.
 */
package org.escrowbootstrap.config;
