/**
 * The one pipeline every change to a sitting runs through, whether it came over REST or the WebSocket: find the
 * target → authorise from one table → idempotency → the sitting's lock → the handler's pure decision and its writes →
 * events appended to the sitting's log → audit → publication after commit.
 */
package vn.hopso.meeting.command;
