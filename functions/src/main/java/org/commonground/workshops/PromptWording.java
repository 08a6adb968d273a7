package org.commonground.workshops;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** One of the three questions as this workshop words it. */
public record PromptWording(String id, Wording text) {
    @JsonIgnore
    public Prompt prompt() { return Prompt.fromWire(id).orElseThrow(); }
}
