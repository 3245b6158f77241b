namespace NavLederprogram.ELearning;

public static class ScormConsts
{
    /// <summary>Where package files are served, each under a launch token: /scorm-content/{token}/{path}.</summary>
    public const string ContentPath = "/scorm-content";
    /// <summary>Default limit of an uploaded package and of its unpacked content (configurable: App:Scorm).</summary>
    public const long DefaultMaxPackageBytes = 500L * 1024 * 1024;
    public const int DefaultMaxFiles = 20_000;
    /// <summary>Unpacked size over packed size above which an entry is taken for a zip bomb; real content stays far below.</summary>
    public const int DefaultMaxCompressionRatio = 200;
    public const int TitleMax = 200;
    public const int IdentifierMax = 255;
    public const int HrefMax = 2000;
    public const int ParametersMax = 1000;
    public const int LaunchDataMax = 4096;
    /// <summary>SCORM 2004's limit; SCORM 1.2 says 4,096 but Storyline and others write more, so both get 64,000.</summary>
    public const int SuspendDataMax = 64_000;
    public const int LocationMax = 1000;
    public const int StatusMax = 32;
    /// <summary>Entries of a collection (interactions, objectives, comments) a SCO may write.</summary>
    public const int MaxCollectionEntries = 500;
    /// <summary>Everything else a SCO writes (interactions, objectives, comments, preferences), as stored JSON.</summary>
    public const int RuntimeDataMax = 1_000_000;
}
