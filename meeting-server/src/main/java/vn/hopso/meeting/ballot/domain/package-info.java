/** Who sees which ballot, its count of votes and its result: pure rules. */
package vn.hopso.meeting.ballot.domain;
