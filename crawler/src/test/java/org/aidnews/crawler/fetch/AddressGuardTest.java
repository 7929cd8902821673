package org.aidnews.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressGuardTest {

    @ParameterizedTest(name = "{0} refused={1}")
    @CsvSource(textBlock = """
            127.0.0.1, true
            127.0.0.2, true
            10.0.0.1, true
            172.16.5.4, true
            192.168.1.1, true
            169.254.169.254, true
            100.64.0.1, true
            0.0.0.0, true
            224.0.0.1, true
            255.255.255.255, true
            ::1, true
            fe80::1, true
            fc00::1, true
            fd12:3456::1, true
            ::ffff:127.0.0.2, true
            ::ffff:10.1.2.3, true
            2130706434, true
            8.8.8.8, false
            202.96.134.133, false
            2001:4860:4860::8888, false
            """)
    void refusesNonPublicAddresses(String literal, boolean refused) throws Exception {
        // literals only: InetAddress.getByName does no DNS lookup for them (2130706434 is 127.0.0.2 in decimal)
        InetAddress a = InetAddress.getByName(literal);
        assertThat(AddressGuard.isRefused(a)).isEqualTo(refused);
    }
}
