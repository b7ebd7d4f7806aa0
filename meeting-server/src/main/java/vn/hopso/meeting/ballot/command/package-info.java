/** One small handler per ballot command, run by the command pipeline under the sitting's lock. */
package vn.hopso.meeting.ballot.command;
