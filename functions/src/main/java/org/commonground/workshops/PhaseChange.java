package org.commonground.workshops;

/** A move from one stage to another, as it happened. */
public record PhaseChange(Phase from, Workshop workshop) {}
