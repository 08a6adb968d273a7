package org.commonground.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which address scripts/dev --lan puts in the links phones in the room open. */
class LanAddressTest {
    @Test
    void aPrivateNetworkAddressIsPreferredOverLoopbackLinkLocalIpv6AndPublicOnes() throws Exception {
        assertEquals("192.168.1.20", LocalServer.lanAddress("", addresses("127.0.0.1", "fe80::1", "169.254.3.4", "203.0.113.9", "192.168.1.20")));
        assertEquals("10.0.0.7", LocalServer.lanAddress("", addresses("::1", "10.0.0.7")));
        assertEquals("203.0.113.9", LocalServer.lanAddress("", addresses("127.0.0.1", "203.0.113.9")));
    }

    @Test
    void anAddressAskedForWinsAndHavingNoneSaysWhatToDo() throws Exception {
        assertEquals("172.16.5.5", LocalServer.lanAddress(" 172.16.5.5 ", addresses("192.168.1.20")));
        var none = assertThrows(IllegalStateException.class, () -> LocalServer.lanAddress("", addresses("127.0.0.1", "::1")));
        assertTrue(none.getMessage().contains("LAN_ADDRESS="), none.getMessage());
    }

    private static List<InetAddress> addresses(String... literals) throws Exception {
        List<InetAddress> list = new ArrayList<>();
        for (String literal : literals) list.add(InetAddress.getByName(literal));
        return list;
    }
}
