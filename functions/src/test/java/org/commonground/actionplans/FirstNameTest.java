package org.commonground.actionplans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FirstNameTest {
    @Test
    void onlyTheFirstNameWhateverIsTyped() {
        assertEquals("Jane", ActionPlan.firstName("Jane Smithson"));
        assertEquals("Jane", ActionPlan.firstName("Smithson, Jane"));
        assertEquals("Jane", ActionPlan.firstName("  Smithson,Jane Mary "));
        assertEquals("jane", ActionPlan.firstName("jane.smithson@example.org"));
        assertEquals("Jane", ActionPlan.firstName("Jane Smithson <jane@example.org>"));
        assertEquals("Jane", ActionPlan.firstName("Jane\u00A0Smithson"), "no-break space");
        assertEquals("Jane", ActionPlan.firstName("Jane\u200BSmithson"), "zero-width space");
        assertEquals("Jane", ActionPlan.firstName("\u200B\u2060Jane\u202FSmithson"), "invisible first");
        assertEquals("Siân", ActionPlan.firstName("Siân ap Dafydd"));
        assertNull(ActionPlan.firstName(null));
        assertNull(ActionPlan.firstName("\u200B"));
    }
}
