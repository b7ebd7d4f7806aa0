/** The papers the server issues as PDF: A4 pages of Vietnamese text in an embedded font (Decree 30/2020 margins). */
package vn.hopso.meeting.print;
