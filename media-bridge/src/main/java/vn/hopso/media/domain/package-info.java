/**
 * Video rooms, feeds and the floor-to-microphone policy, in plain Java. The Janus VideoRoom client is an adapter
 * beside this package behind a port the domain owns; browsers never talk to Janus directly.
 */
package vn.hopso.media.domain;
