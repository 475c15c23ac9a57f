package org.inkwell.messaging.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.inkwell.photos.Photos;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.Caller;
import org.inkwell.platform.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files chosen in the compose page's photo field, each stored through {@link Photos#upload} as the
 * API stores a photo. A refused file is named with the words for its refusal, and the others stay
 * uploaded, so the page can offer them again rather than make a family on a slow phone send them twice.
 */
@Component
class ChosenPhotos {

    private static final int NAME_SHOWN = 80;

    private final Photos photos;
    private final FormErrors formErrors;

    ChosenPhotos(Photos photos, FormErrors formErrors) {
        this.photos = photos;
        this.formErrors = formErrors;
    }

    record Refused(String fileName, String messageKey) {
    }

    /** What became of the files: the stored photos' ids, and the first refusal with every refused file. */
    record Uploaded(List<UUID> ids, ApiException refusal, List<Refused> refused) {
    }

    /** The files a browser sent for the field; one with no name is the field left empty. */
    static List<MultipartFile> chosen(List<MultipartFile> files) {
        return files == null ? List.of() : files.stream()
                .filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isEmpty()).toList();
    }

    /**
     * Uploads the files in order. A refusal about the account or the service (email not confirmed, too
     * busy, too many unsent photos) would refuse the rest too, so it stops there.
     */
    Uploaded upload(Caller family, List<MultipartFile> files) {
        List<UUID> ids = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        ApiException first = null;
        for (MultipartFile file : files) {
            try (InputStream in = file.getInputStream()) {
                ids.add(photos.upload(family, file.getContentType(), file.getSize(), in).id());
            } catch (ApiException refusal) {
                first = first == null ? refusal : first;
                refused.add(new Refused(shortName(file.getOriginalFilename()), formErrors.messageKeyOf(refusal)));
                if (!aboutTheFile(refusal.status())) {
                    break;
                }
            } catch (IOException unreadable) {
                throw new UncheckedIOException("the servlet container lost an uploaded part", unreadable);
            }
        }
        return new Uploaded(List.copyOf(ids), first, List.copyOf(refused));
    }

    private static boolean aboutTheFile(HttpStatus status) {
        return status == HttpStatus.BAD_REQUEST || status == HttpStatus.CONTENT_TOO_LARGE
                || status == HttpStatus.UNSUPPORTED_MEDIA_TYPE;
    }

    /** The name without the folders some browsers add, cut short: it is only there to say which file. */
    private static String shortName(String original) {
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        return name.length() > NAME_SHOWN ? name.substring(0, NAME_SHOWN) + "…" : name;
    }
}
