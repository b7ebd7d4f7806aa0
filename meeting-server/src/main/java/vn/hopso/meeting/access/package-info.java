/** Who may do what in which organisation: pure rules, no framework. */
package vn.hopso.meeting.access;
