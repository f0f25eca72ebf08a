/**
 * On call: who is on call at any moment, as a pure model of schedules. A {@link
 * io.reveille.oncall.Schedule} stacks {@link io.reveille.oncall.Layer layers} (each a {@link
 * io.reveille.oncall.Rotation} optionally limited by {@link io.reveille.oncall.Restriction
 * restrictions}) and {@link io.reveille.oncall.ShiftOverride overrides}, and answers "who is on
 * call now" and "which shifts come up" correctly across daylight-saving changes. No persistence and
 * no I/O: the escalation and paging parts of Reveille build on these value types.
 */
package io.reveille.oncall;
