package nl.voordeur.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;

import org.springframework.stereotype.Component;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

/**
 * RFC 6238 codes: 6 digits, 30-second steps, SHA-1 (what every authenticator app supports).
 * A code is accepted for the current step and one step either side (clock drift), and only
 * for a step later than the last one the user already used.
 */
@Component
class TotpCodes {

    static final int PERIOD_SECONDS = 30;
    private static final String ISSUER = "Voordeur";

    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final DefaultCodeGenerator codes = new DefaultCodeGenerator();
    private final Clock clock;

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    String newSecret() {
        return secrets.generate();
    }

    /** The step the code belongs to, if it is valid now and later than {@code lastUsedStep}. */
    OptionalLong matchingStep(String secret, String code, long lastUsedStep) {
        String given = code == null ? "" : code.replaceAll("\\s", "");
        if (!given.matches("\\d{6}")) return OptionalLong.empty();
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            if (step > lastUsedStep && MessageDigest.isEqual(code(secret, step), given.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    String otpauthUri(String secret, String username) {
        return qrData(secret, username).getUri();
    }

    /** The enrolment QR code as a {@code data:image/png} URI (the CSP allows {@code img-src data:}). */
    String qrDataUri(String secret, String username) {
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            generator.setImageSize(240);
            return Utils.getDataUriForImage(generator.generate(qrData(secret, username)), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code generation failed", e);
        }
    }

    private static QrData qrData(String secret, String username) {
        return new QrData.Builder().label(username).secret(secret).issuer(ISSUER)
                .digits(6).period(PERIOD_SECONDS).build();
    }

    private byte[] code(String secret, long step) {
        try {
            return codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP code generation failed", e);
        }
    }
}
