namespace NavLederprogram.ELearning;

/// <summary>What an uploaded package may be: its size packed and unpacked, its number of files and how much any file may expand.</summary>
public sealed record ScormLimits(long MaxBytes, int MaxFiles, int MaxCompressionRatio)
{
    public static ScormLimits Default { get; } = new(ScormConsts.DefaultMaxPackageBytes, ScormConsts.DefaultMaxFiles, ScormConsts.DefaultMaxCompressionRatio);
}
