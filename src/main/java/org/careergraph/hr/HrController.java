package org.careergraph.hr;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
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
import org.careergraph.web.ApiDocumentation;
import org.careergraph.web.CsvProperties;
import org.careergraph.web.ProblemException;
import org.careergraph.web.SpreadsheetCells;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * HR's own data over HTTP: upload the CSV files, download them from the graph, and edit
 * one headcount.
 */
@RestController
@RequestMapping("/api/hr")
class HrController {

    private final HrImporter importer;

    private final HrExport export;

    private final ClassSearch search;

    private final CsvProperties csv;

    HrController(HrImporter importer, HrExport export, ClassSearch search, CsvProperties csv) {
        this.importer = importer;
        this.export = export;
        this.search = search;
        this.csv = csv;
    }

    /**
     * Multipart parts named {@code classes}, {@code moves}, {@code headcounts} and/or
     * {@code history}.
     */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "importHrFiles",
            summary = "Import HR's CSV files, all or nothing; a file sent "
                    + "replaces what the previous file of its kind said",
            security = @SecurityRequirement(name = ApiDocumentation.HR_SIGN_IN),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schemaProperties = {
                            @SchemaProperty(name = "classes", schema = @Schema(type = "string", format = "binary")),
                            @SchemaProperty(name = "moves", schema = @Schema(type = "string", format = "binary")),
                            @SchemaProperty(name = "headcounts", schema = @Schema(type = "string", format = "binary")),
                            @SchemaProperty(name = "history", schema = @Schema(type = "string", format = "binary")) })))
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422",
            description = "Import refused: every problem with file, line, column and " + "reason; nothing was changed")
    @ApiResponse(responseCode = "413",
            description = "Too large for one transaction; the problem names the setting " + "to raise")
    HrImportReport upload(@Parameter(hidden = true) MultipartHttpServletRequest request) {
        List<HrUpload> files = new ArrayList<>();
        for (Map.Entry<String, MultipartFile> part : request.getFileMap().entrySet()) {
            HrFile kind = HrFile.named(part.getKey())
                .orElseThrow(() -> ProblemException.badRequest(
                        "unknown part '" + part.getKey() + "'; name the parts classes, moves, headcounts or history"));
            String name = part.getValue().getOriginalFilename();
            files.add(
                    new HrUpload(kind, name == null || name.isBlank() ? kind.fileName() : name, text(part.getValue())));
        }
        return importer.importFiles(files, ImportProgress.NONE);
    }

    @GetMapping("/export/{file}")
    @Operation(operationId = "exportHrFile",
            summary = "Download one of HR's files from the graph, in the form the " + "import reads")
    @ApiResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "No HR file by that name")
    ResponseEntity<String> download(
            @Parameter(description = "the file",
                    schema = @Schema(allowableValues = { "classes.csv", "moves.csv", "headcounts.csv",
                            "history.csv" })) @PathVariable String file,
            @Parameter(description = "start with a UTF-8 byte-order mark for Excel; "
                    + "career-graph.csv.byte-order-mark by default") @RequestParam(name = CsvProperties.BOM_PARAMETER,
                            required = false) String bom) {
        HrFile kind = HrFile.named(file)
            .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "Unknown HR file", "unknown-hr-file",
                    "No HR file '" + file + "'; the files are classes.csv, moves.csv, headcounts.csv and history.csv"));
        return ResponseEntity.ok()
            .header("Content-Disposition", ContentDisposition.attachment().filename(kind.fileName()).build().toString())
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .body(csv.byteOrderMark(bom) ? SpreadsheetCells.BYTE_ORDER_MARK + export.csv(kind) : export.csv(kind));
    }

    @PutMapping("/headcounts/{classId}")
    @Operation(operationId = "editHeadcount", summary = "Set the headcount of one class",
            security = @SecurityRequirement(name = ApiDocumentation.HR_SIGN_IN))
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No class by that id or title; the problem lists suggestions")
    Headcount editHeadcount(@Parameter(description = "class id or title") @PathVariable String classId,
            @Valid @RequestBody HeadcountEdit edit, @Parameter(hidden = true) Principal user) {
        ClassMatch match = search.resolve(classId);
        if (edit.vacancies() != null && edit.vacancies() > edit.authorized()) {
            throw ProblemException
                .badRequest("'vacancies' (" + edit.vacancies() + ") exceed 'authorized' (" + edit.authorized() + ")");
        }
        int vacancies = edit.vacancies() != null ? edit.vacancies()
                : Math.max(0, edit.authorized() - edit.incumbents());
        String source = "edited by " + user.getName();
        importer.setHeadcount(new HeadcountRow(match.id(), edit.incumbents(), edit.authorized(), vacancies, source,
                null, new Location(source, 0)));
        return new Headcount(match.id(), match.title(), edit.incumbents(), edit.authorized(), vacancies, source);
    }

    private static String text(MultipartFile file) {
        try {
            return new String(file.getBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload " + file.getOriginalFilename(), e);
        }
    }

}
