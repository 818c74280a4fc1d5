/** The escrow workflow: its steps, their order and branches, and the texts chosen per outcome. */
package org.escrowbootstrap.workflow;
