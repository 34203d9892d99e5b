package org.gongkai.core.load;

/** Why a file under content/ could not be read, or is not used; named in unreadable and ignored-file messages. */
enum ReadProblem {
    /** A link inside content/ whose target does not exist. */
    DANGLING_LINK,
    /** A device, pipe or socket: reading it could block the build. */
    SPECIAL_FILE,
    /** What the operating system said. */
    IO,
    /** Folders nested deeper than the content folder ever needs. */
    TOO_DEEP,
    /** A folder link leading back into a folder being read. */
    LINK_LOOP,
    /** A file in a place the build does not read (not site.yaml, catalog.yaml, items/, pages/, attachments/ …). */
    STRAY,
    /** A file an operating system or editor leaves behind (.DS_Store, Thumbs.db, ~$x.docx, x.swp). */
    SYSTEM_FILE,
    /** An item or page file whose name does not end in a lower-case .md. */
    NOT_MD,
    /** A register record whose name does not end in .yaml. */
    NOT_YAML,
    /** A folder whose name ends in .md where an item or page file is expected. */
    MD_FOLDER,
    /** The bytes decode as GBK (or GB 18030) Chinese text. */
    LOOKS_GBK
}
