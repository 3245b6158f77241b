using System.Security.Cryptography;

namespace NavLederprogram.Privacy;

/// <summary>
/// The key that wraps every person's data key. It is never stored in the database (the data-protection key ring is, so a
/// copy of the database must not be enough): it comes from configuration, as a secret store hands it to every node, or
/// from a key file in the data folder made on first start and readable by its owner only.
/// </summary>
public sealed class KeyEncryptionKey
{
    public const int Size = 32;
    public const string ConfigurationKey = "Privacy:KeyEncryptionKey";
    public const string FileName = "private-text.kek";

    internal byte[] Bytes { get; }

    /// <summary>A short fingerprint of the key (not the key), stored with each wrapped key.</summary>
    public string Id { get; }

    private KeyEncryptionKey(byte[] bytes)
    {
        Bytes = bytes;
        Id = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
    }

    /// <summary>The configured key (base64 of 32 bytes) when there is one, else the key file in <paramref name="dataFolder"/>.</summary>
    public static KeyEncryptionKey Load(string? configuredBase64, string dataFolder) =>
        string.IsNullOrWhiteSpace(configuredBase64)
            ? LoadOrCreateFile(Path.Combine(Directory.CreateDirectory(Path.Combine(dataFolder, "keys")).FullName, FileName))
            : FromBase64(configuredBase64);

    public static KeyEncryptionKey FromBase64(string base64)
    {
        byte[] bytes;
        try { bytes = Convert.FromBase64String(base64.Trim()); }
        catch (FormatException e) { throw new InvalidOperationException($"{ConfigurationKey} is not valid base64.", e); }
        if (bytes.Length != Size) throw new InvalidOperationException($"{ConfigurationKey} must be {Size} bytes (base64 of {Size} random bytes).");
        return new KeyEncryptionKey(bytes);
    }

    /// <summary>A key that lives as long as the process: for tests and tools whose database lives no longer.</summary>
    public static KeyEncryptionKey Ephemeral() => new(RandomNumberGenerator.GetBytes(Size));

    private static KeyEncryptionKey LoadOrCreateFile(string path)
    {
        if (!File.Exists(path))
        {
            var fresh = RandomNumberGenerator.GetBytes(Size);
            // Several hosts may start at once on a fresh folder: the first writer wins, the rest read its file.
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                using var file = new FileStream(path, options);
                file.Write(System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String(fresh)));
            }
            catch (IOException) when (File.Exists(path)) { }
        }
        var text = File.ReadAllText(path).Trim();
        // Another host may have created the file an instant ago and not yet written it.
        for (var wait = 0; text.Length == 0 && wait < 20; wait++)
        {
            Thread.Sleep(50);
            text = File.ReadAllText(path).Trim();
        }
        try { return FromBase64(text); }
        catch (InvalidOperationException e) { throw new InvalidOperationException($"The key file {path} does not hold a {Size}-byte base64 key.", e); }
    }
}
