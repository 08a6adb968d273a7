package org.commonground.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void idsAreUniqueAndSortByTime() {
        Clock earlier = Clock.fixed(Instant.parse("2027-01-01T10:00:00Z"), ZoneOffset.UTC);
        Clock later = Clock.fixed(Instant.parse("2027-01-01T10:00:01Z"), ZoneOffset.UTC);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) assertTrue(seen.add(Ids.next(earlier)));
        String a = Ids.next(earlier);
        String b = Ids.next(later);
        assertTrue(a.compareTo(b) < 0);
        assertEquals(26, a.length());
        assertTrue(Ids.looksValid(a));
    }

    @Test
    void onlyOurOwnShapeLooksValid() {
        assertFalse(Ids.looksValid(null));
        assertFalse(Ids.looksValid("short"));
        assertFalse(Ids.looksValid("01M808C4AA9J8ADQQEHZ29E9XC"));
        assertFalse(Ids.looksValid("01m808c4aa9j8adqqehz29e9x#"));
    }
}
