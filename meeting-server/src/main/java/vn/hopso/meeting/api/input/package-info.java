/**
 * The input rules of the published API: what every text, date and instant sent to HọpSố must look like. Plain Java and
 * Bean Validation only; the web edge applies {@link vn.hopso.meeting.api.input.TextRules} when it reads JSON.
 */
package vn.hopso.meeting.api.input;
