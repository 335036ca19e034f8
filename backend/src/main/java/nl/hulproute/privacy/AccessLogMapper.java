package nl.hulproute.privacy;

import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.ReportingPolicy;

/**
 * An access-log line as read back: by the privacy officer's search and for the student's AVG inzage export. Every
 * column the entity reads is mapped or named below as deliberately left out, so a new column fails the build until
 * someone decides (docs/adr/0017).
 */
@Mapper(unmappedSourcePolicy = ReportingPolicy.ERROR)
interface AccessLogMapper {

    // breakGlass: kept by the database from the purpose, which is mapped; the search filters on it.
    @BeanMapping(ignoreUnmappedSourceProperties = {"breakGlass"})
    AccessLogView toView(AccessLogEntry entry);
}
