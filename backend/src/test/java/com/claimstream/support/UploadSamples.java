package com.claimstream.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.MultiValueMap;

/**
 * Files for upload tests (UPL-01..06), made here rather than checked in: real PDF, JPEG
 * and PNG files, and files that only pretend to be one.
 */
public final class UploadSamples {

	private UploadSamples() {
	}

	/** A small PDF a reader opens: header, one object, trailer, end marker. */
	public static byte[] pdf() {
		return ascii("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" + "trailer << /Root 1 0 R >>\n%%EOF\n");
	}

	/** A PDF of exactly {@code size} bytes: a real header and end, a comment between. */
	public static byte[] pdfOfSize(int size) {
		byte[] head = ascii("%PDF-1.4\n%");
		byte[] tail = ascii("\n%%EOF\n");
		byte[] pdf = new byte[size];
		Arrays.fill(pdf, (byte) 'x');
		System.arraycopy(head, 0, pdf, 0, head.length);
		System.arraycopy(tail, 0, pdf, size - tail.length, tail.length);
		return pdf;
	}

	public static byte[] jpeg() {
		return image("jpg");
	}

	public static byte[] png() {
		return image("png");
	}

	/**
	 * Files that are not a PDF, JPEG or PNG, by what they really are; each is sent under
	 * a card's name and type ({@code card.pdf}, {@code application/pdf}).
	 */
	public static Map<String, byte[]> disguised() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("HTML page", ascii("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"));
		files.put("HTML without doctype", ascii("<html><img src=x onerror=alert(1)></html>"));
		files.put("SVG with script",
				ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"));
		files.put("XML SVG", ascii("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
		files.put("JavaScript", ascii("fetch('/api/clients').then((r) => r.text()).then(alert);"));
		files.put("Windows executable (MZ)", concat(ascii("MZ"), new byte[] { (byte) 0x90, 0, 3, 0, 0, 0 },
				ascii("This program cannot be run in DOS mode.")));
		files.put("ZIP archive", concat(new byte[] { 'P', 'K', 3, 4, 20, 0, 0, 0 }, ascii("card.pdf")));
		files.put("ELF binary", concat(new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1 }, new byte[64]));
		files.put("GIF image", ascii("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;"));
		files.put("plain text", ascii("Member ID: W123456789"));
		files.put("empty file", new byte[0]);
		files.put("PDF/HTML polyglot",
				ascii("%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n%%EOF\n"));
		files.put("HTML with a PDF header later", ascii("<html><body>%PDF-1.4 %%EOF</body></html>"));
		files.put("PDF with a ZIP appended", concat(pdf(), new byte[] { 'P', 'K', 3, 4, 20, 0 }, new byte[2048]));
		files.put("PNG with a ZIP appended", concat(png(), new byte[] { 'P', 'K', 3, 4, 20, 0 }));
		files.put("JPEG with HTML appended", concat(jpeg(), ascii("<html><script>alert(1)</script></html>")));
		files.put("truncated PDF (no end)", ascii("%PDF-1.4\n1 0 obj << >> endobj\n"));
		files.put("PNG signature only", concat(Arrays.copyOf(png(), 8), ascii("<script>alert(1)</script>")));
		files.put("JPEG start only", new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10 });
		files.put("JavaScript URL", ascii("javascript:alert(1)//%PDF-1.4 %%EOF"));
		return files;
	}

	/**
	 * The EICAR anti-virus test file (68 bytes): harmless, and found by every scanner.
	 * Put together here so this source file is not itself one.
	 */
	public static byte[] eicar() {
		return ascii("X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*");
	}

	/** A PDF that opens, with the EICAR test file in a comment. */
	public static byte[] pdfCarryingEicar() {
		return concat(ascii("%PDF-1.4\n%"), eicar(), ascii("\n%%EOF\n"));
	}

	/** One file part named {@code file}, under this name and declared type. */
	public static MultiValueMap<String, org.springframework.http.HttpEntity<?>> form(byte[] content, String filename,
			MediaType type) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return filename;
			}
		}).contentType(type);
		return body.build();
	}

	public static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	public static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(32, 20, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 32; x++) {
			for (int y = 0; y < 20; y++) {
				image.setRGB(x, y, new Color(x * 8, y * 12, 128).getRGB());
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
