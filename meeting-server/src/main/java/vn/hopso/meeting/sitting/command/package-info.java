/** The handlers of the sitting's commands: one small class per command, run by the command pipeline. */
package vn.hopso.meeting.sitting.command;
