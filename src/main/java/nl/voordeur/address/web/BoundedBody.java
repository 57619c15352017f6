package nl.voordeur.address.web;

import java.io.IOException;
import java.io.InputStream;

import nl.voordeur.shared.DomainRuleViolated;

/** Reads an upload but never more than the limit, so an oversized body cannot fill the memory. */
final class BoundedBody {

    private BoundedBody() {
    }

    static byte[] read(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) throw new DomainRuleViolated("address.import.tooLarge", "file", limit);
        return bytes;
    }
}
