package dev.flextoken.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every SID type, through one table: they must all behave alike. */
class SidTest {

    private static final String HEX = "0123456789abcdef0123456789ABCDEF";
    private static final String PARAMETER = "PathSid";

    /** One SID type: its prefix, its parser, its constructor and how to read its value back. */
    record SidType(String name, String prefix, BiFunction<String, String, Object> parse,
                   Function<String, Object> construct, Function<Object, String> value) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<SidType> sidTypes() {
        return Stream.of(
                new SidType("AccountSid", "AC", AccountSid::parse, AccountSid::new,
                        sid -> ((AccountSid) sid).value()),
                new SidType("InstanceSid", "GO", InstanceSid::parse, InstanceSid::new,
                        sid -> ((InstanceSid) sid).value()),
                new SidType("FlexUserSid", "FU", FlexUserSid::parse, FlexUserSid::new,
                        sid -> ((FlexUserSid) sid).value()),
                new SidType("ApiKeySid", "SK", ApiKeySid::parse, ApiKeySid::new,
                        sid -> ((ApiKeySid) sid).value()),
                new SidType("WorkerSid", "WK", WorkerSid::parse, WorkerSid::new,
                        sid -> ((WorkerSid) sid).value()),
                new SidType("WorkspaceSid", "WS", WorkspaceSid::parse, WorkspaceSid::new,
                        sid -> ((WorkspaceSid) sid).value()),
                new SidType("FlexTeamSid", "QO", FlexTeamSid::parse, FlexTeamSid::new,
                        sid -> ((FlexTeamSid) sid).value()));
    }

    /** Each SID type with each malformed input of the same type's prefix. */
    static Stream<Object[]> malformedInputs() {
        return sidTypes().flatMap(type -> Stream.of(
                new Object[]{type, null},
                new Object[]{type, ""},
                new Object[]{type, type.prefix()},
                new Object[]{type, type.prefix() + HEX.substring(1)},
                new Object[]{type, type.prefix() + HEX + "0"},
                new Object[]{type, type.prefix().toLowerCase() + HEX},
                new Object[]{type, type.prefix().charAt(0) + type.prefix().substring(1).toLowerCase() + HEX},
                new Object[]{type, type.prefix() + HEX.substring(1) + "g"},
                new Object[]{type, type.prefix() + "z" + HEX.substring(1)},
                new Object[]{type, type.prefix() + HEX.substring(1) + " "},
                new Object[]{type, " " + type.prefix() + HEX.substring(1)},
                new Object[]{type, type.prefix() + "-" + HEX.substring(1)},
                new Object[]{type, type.prefix() + "\uFF10".repeat(32)},
                new Object[]{type, type.prefix() + "\uFF21".repeat(32)},
                new Object[]{type, type.prefix() + "\u0660".repeat(32)},
                new Object[]{type, "  " + HEX}));
    }

    /** Each SID type with a well-formed SID of every other type. */
    static Stream<Object[]> otherPrefixes() {
        List<SidType> all = sidTypes().toList();
        return all.stream().flatMap(type -> all.stream()
                .filter(other -> !other.prefix().equals(type.prefix()))
                .map(other -> new Object[]{type, other.prefix() + HEX}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sidTypes")
    void parseWhenHexIsUpperCaseThenNormalisesToLowerCase(SidType type) {
        Object sid = type.parse().apply(type.prefix() + "0123456789ABCDEF0123456789ABCDEF", PARAMETER);

        assertThat(type.value().apply(sid)).isEqualTo(type.prefix() + "0123456789abcdef0123456789abcdef");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sidTypes")
    void parseWhenHexIsLowerCaseThenKeepsIt(SidType type) {
        String raw = type.prefix() + "0123456789abcdef0123456789abcdef";

        Object sid = type.parse().apply(raw, PARAMETER);

        assertThat(type.value().apply(sid)).isEqualTo(raw);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sidTypes")
    void parseWhenSameSidInEitherHexCaseThenEqualAndPrintedAlike(SidType type) {
        Object upper = type.parse().apply(type.prefix() + HEX.toUpperCase(), PARAMETER);
        Object mixed = type.construct().apply(type.prefix() + HEX);

        assertThat(upper).isEqualTo(mixed).hasSameHashCodeAs(mixed);
        assertThat(upper).hasToString(type.prefix() + HEX.toLowerCase());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("malformedInputs")
    void parseWhenMalformedThenThrowsNamingParameterAndNotValue(SidType type, String raw) {
        assertThatThrownBy(() -> type.parse().apply(raw, PARAMETER))
                .isInstanceOfSatisfying(InvalidSidException.class, failure -> {
                    assertThat(failure.parameter()).isEqualTo(PARAMETER);
                    assertThat(failure.getMessage())
                            .contains("'" + PARAMETER + "'")
                            .contains("'" + type.prefix() + "'");
                    if (raw != null && raw.length() > 2) {
                        assertThat(failure.getMessage()).doesNotContain(raw.substring(2));
                    }
                });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("otherPrefixes")
    void parseWhenPrefixOfAnotherTypeThenThrowsNamingParameter(SidType type, String raw) {
        assertThatThrownBy(() -> type.parse().apply(raw, PARAMETER))
                .isInstanceOf(InvalidSidException.class)
                .hasMessageContaining("'" + PARAMETER + "'")
                .hasMessageNotContaining(HEX);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("malformedInputs")
    void constructorWhenMalformedThenThrowsNamingTheType(SidType type, String raw) {
        assertThatThrownBy(() -> type.construct().apply(raw))
                .isInstanceOfSatisfying(InvalidSidException.class,
                        failure -> assertThat(failure.parameter()).isEqualTo(type.name()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sidTypes")
    void prefixWhenReadThenMatchesTheDesign(SidType type) {
        Object sid = type.construct().apply(type.prefix() + HEX);

        assertThat(type.value().apply(sid)).startsWith(type.prefix()).hasSize(34);
    }
}
