/** What every domain shares: refusals as values. Plain Java, no framework. */
package vn.hopso.meeting.domain;
