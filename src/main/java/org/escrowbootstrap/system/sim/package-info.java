/** A simulated Mac answering from named scenarios, for tests and the preview on any OS. */
package org.escrowbootstrap.system.sim;
