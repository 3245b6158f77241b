namespace NavLederprogram.ELearning;

/// <summary>Limits of uploaded SCORM packages and how long a launch address stays valid (configuration section App:Scorm).</summary>
public sealed class ScormOptions
{
    public const string Section = "App:Scorm";

    public long MaxPackageMegabytes { get; set; } = ScormConsts.DefaultMaxPackageBytes / (1024 * 1024);
    public int MaxFiles { get; set; } = ScormConsts.DefaultMaxFiles;
    public int MaxCompressionRatio { get; set; } = ScormConsts.DefaultMaxCompressionRatio;
    /// <summary>A launch address is valid this long: a long course in one sitting must not lose its pictures half-way.</summary>
    public int LaunchHours { get; set; } = 12;

    public long MaxPackageBytes => MaxPackageMegabytes * 1024 * 1024;
}
