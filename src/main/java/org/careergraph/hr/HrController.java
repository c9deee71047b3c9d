package org.careergraph.hr;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careergraph.catalog.ClassMatch;
import org.careergraph.catalog.ClassSearch;
import org.careergraph.importer.ImportProgress;
import org.careergraph.importer.Location;
import org.careergraph.web.ProblemException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** HR's own data over HTTP: upload the CSV files, download them from the graph, and edit one headcount. */
@RestController
@RequestMapping("/api/hr")
class HrController {

    private final HrImporter importer;
    private final HrExport export;
    private final ClassSearch search;

    HrController(HrImporter importer, HrExport export, ClassSearch search) {
        this.importer = importer;
        this.export = export;
        this.search = search;
    }

    /** Multipart parts named {@code classes}, {@code moves}, {@code headcounts} and/or {@code history}. */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    HrImportReport upload(MultipartHttpServletRequest request) {
        List<HrUpload> files = new ArrayList<>();
        for (Map.Entry<String, MultipartFile> part : request.getFileMap().entrySet()) {
            HrFile kind = HrFile.named(part.getKey()).orElseThrow(() -> ProblemException.badRequest("unknown part '"
                    + part.getKey() + "'; name the parts classes, moves, headcounts or history"));
            String name = part.getValue().getOriginalFilename();
            files.add(new HrUpload(kind, name == null || name.isBlank() ? kind.fileName() : name, text(part.getValue())));
        }
        return importer.importFiles(files, ImportProgress.NONE);
    }

    @GetMapping("/export/{file}")
    ResponseEntity<String> download(@PathVariable String file) {
        HrFile kind = HrFile.named(file).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "Unknown HR file", "unknown-hr-file",
                "No HR file '" + file + "'; the files are classes.csv, moves.csv, headcounts.csv and history.csv"));
        return ResponseEntity.ok()
                .header("Content-Disposition", ContentDisposition.attachment().filename(kind.fileName()).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(export.csv(kind));
    }

    @PutMapping("/headcounts/{classId}")
    Headcount editHeadcount(@PathVariable String classId, @Valid @RequestBody HeadcountEdit edit, Principal user) {
        ClassMatch match = search.resolve(classId);
        if (edit.vacancies() != null && edit.vacancies() > edit.authorized()) {
            throw ProblemException.badRequest("'vacancies' (" + edit.vacancies() + ") exceed 'authorized' ("
                    + edit.authorized() + ")");
        }
        int vacancies = edit.vacancies() != null ? edit.vacancies() : Math.max(0, edit.authorized() - edit.incumbents());
        String source = "edited by " + user.getName();
        importer.setHeadcount(new HeadcountRow(match.id(), edit.incumbents(), edit.authorized(), vacancies, source,
                null, new Location(source, 0)));
        return new Headcount(match.id(), match.title(), edit.incumbents(), edit.authorized(), vacancies, source);
    }

    private static String text(MultipartFile file) {
        try {
            return new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload " + file.getOriginalFilename(), e);
        }
    }
}
