package org.commonground.workshops;

/** Where someone stands: the voice of lived experience is read next to professionals'. */
public record Perspective(String id, Wording label) {}
