package org.commonground.workshops;

import io.nayuki.qrcodegen.QrCode;

/** The join link as a QR code, drawn as one SVG path so it stays sharp on a big screen. */
public final class JoinQrCode {
    private JoinQrCode() {}

    /**
     * The join link of {@code workshop} on {@code site} (the address the request came through),
     * labelled for screen readers in English and Welsh.
     */
    public static String forWorkshop(String site, Workshop workshop) {
        String url = Workshops.joinUrl(site, workshop);
        return svg(url, "QR code to join / Cod QR i ymuno: " + url);
    }

    /** {@code url} as a QR code (medium error correction, a 4-module border), an SVG image with {@code label} as its name. */
    public static String svg(String url, String label) {
        QrCode qr = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
        int border = 4;
        int size = qr.size + border * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-label=\"" + org.owasp.encoder.Encode.forXmlAttribute(label) + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}
