/**
 * The rules of logging in, as plain code: which new passwords are acceptable, how failed logins slow guessing down,
 * and which addresses may speak for a client (trusted proxies). No Spring, no JDBC, no HTTP; time is passed in.
 */
package vn.hopso.meeting.login.domain;
