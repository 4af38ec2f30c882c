package dev.flextoken.bootstrap;

import dev.flextoken.adapter.crypto.jose4j.JoseTokenCrypto;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code flex-token keys ...}: key set chores. */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Key set chores.",
        subcommands = KeysCommand.Generate.class)
final class KeysCommand {

    /** {@code flex-token keys generate --alg ALG [--kid KID]}: prints a fresh JWK Set on standard output. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Prints a fresh JWK Set of one key, private parts included: keep it secret.")
    static final class Generate implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--alg", defaultValue = "dir",
                description = "dir, A256KW, RSA-OAEP-256 or ECDH-ES+A256KW. Default: ${DEFAULT-VALUE}.")
        String alg;

        @Option(names = "--kid", description = "The key id. Default: a random one.")
        String kid;

        @Override
        public Integer call() {
            String keySet;
            try {
                keySet = JoseTokenCrypto.generateKeySet(alg, Optional.ofNullable(kid), new SecureRandom());
            } catch (IllegalArgumentException badOption) {
                throw new ParameterException(spec.commandLine(), badOption.getMessage(), badOption);
            }
            spec.commandLine().getOut().println(keySet);
            return 0;
        }
    }
}
