package org.inkwell.photos.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.inkwell.photos.PhotoImage;
import org.inkwell.photos.PhotoReceipt;
import org.inkwell.photos.PhotoSize;
import org.inkwell.photos.Photos;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Photos over the API: the raw image as the body of the upload (no multipart form, so nothing but the
 * image is ever parsed), and the stored JPEG back.
 */
@RestController
@RequestMapping("/api/v1/photos")
class PhotoController {

    /** A refused body up to this size is read to its end, so the client, still sending, gets the answer. */
    private static final long MAX_DRAINED_BYTES = 32L * 1024 * 1024;

    private final Photos photos;

    PhotoController(Photos photos) {
        this.photos = photos;
    }

    @PreAuthorize("hasRole('FAMILY')")
    @PostMapping
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            description = "The image file itself: at most 10 MB and 40 megapixels, not animated.", content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<PhotoReceipt> upload(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            PhotoReceipt receipt = photos.upload(Caller.required(), request.getContentType(),
                    request.getContentLengthLong(), request.getInputStream());
            return ResponseEntity.created(URI.create("/api/v1/photos/" + receipt.id())).body(receipt);
        } catch (ApiException refused) {
            if (refused.status() == HttpStatus.CONTENT_TOO_LARGE) {
                drain(request, response);
            }
            throw refused;
        }
    }

    /**
     * Readable by its uploader, by reviewers and admins of the facility it was sent to (audited), and by the
     * person it was sent to once the photo is approved. Others get 404, as if it did not exist.
     */
    @PreAuthorize("hasAnyRole('FAMILY', 'INMATE', 'REVIEWER', 'FACILITY_ADMIN')")
    @GetMapping("/{id}")
    @io.swagger.v3.oas.annotations.Operation(summary = "A stored photo (image/jpeg)", description = "Readable by its "
            + "uploader, by reviewers and facility admins of the facility it was sent to (each read audited as "
            + "PHOTO_VIEWED), and by the person it was sent to once that photo is approved; anyone else 404. "
            + "size=thumb for the 320-px thumbnail.")
    ResponseEntity<byte[]> image(@PathVariable UUID id, @RequestParam(defaultValue = "full") String size) {
        PhotoImage image = photos.image(Caller.required(), id, PhotoSize.of(size));
        // Private and checked again on every use: who may see a photo changes when it is reviewed.
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .eTag(image.tag())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .body(image.jpeg());
    }

    private static void drain(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getContentLengthLong() > MAX_DRAINED_BYTES) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
            return;
        }
        long drained = 0;
        byte[] buffer = new byte[64 * 1024];
        InputStream in = request.getInputStream();
        for (int read = in.read(buffer); read > 0 && drained <= MAX_DRAINED_BYTES; read = in.read(buffer)) {
            drained += read;
        }
        if (drained > MAX_DRAINED_BYTES) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
        }
    }
}
