package nl.voordeur.shared.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** A generated document (PDF, Excel) as a download: an attachment that no cache keeps. */
public final class Downloads {

    public static final String PDF = "application/pdf";
    public static final String CSV = "text/csv;charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(String fileName, String contentType, byte[] body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
