using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.Privacy;
using NavLederprogram.Programmes;
using NavLederprogram.TestBase;
using Shouldly;
using Xunit;

namespace NavLederprogram.EntityFrameworkCore.Tests;

/// <summary>Private texts on the real SQLite schema: encrypted per person, bound to their owner, gone with the owner's key.</summary>
public class PrivateTextProtectionTests
{
    private const string Thought = "Jeg var redd for å si fra på personalmøtet — og gjorde det likevel.";

    [Fact]
    public async Task A_text_is_stored_encrypted_and_reads_back_only_for_its_owner()
    {
        await using var db = await SqliteTestDatabase.CreateAsync(seed: false);
        var owner = Guid.NewGuid();
        var (first, second) = await db.InScopeAsync(async sp =>
        {
            var protector = sp.GetRequiredService<IPrivateTextProtector>();
            return (await protector.ProtectAsync(owner, Thought, default), await protector.ProtectAsync(owner, Thought, default));
        });
        first.ShouldStartWith(ProtectedText.Prefix);
        first.ShouldNotContain("personalmøtet");
        first.ShouldNotBe(second, "a fresh nonce each time: equal texts do not look equal");

        // A later request, with nothing cached in its scope, reads it back.
        (await db.InScopeAsync(sp => sp.GetRequiredService<IPrivateTextProtector>().UnprotectAsync(owner, first, default))).ShouldBe(Thought);
        // Copied onto another person's row, it does not decrypt (the owner is bound in as associated data).
        var other = Guid.NewGuid();
        await db.InScopeAsync(sp => sp.GetRequiredService<IPrivateTextProtector>().ProtectAsync(other, "Noe annet.", default));
        await Should.ThrowAsync<CryptographicException>(() =>
            db.InScopeAsync(sp => sp.GetRequiredService<IPrivateTextProtector>().UnprotectAsync(other, first, default)));
        // A changed ciphertext is caught by the tag.
        var tampered = first[..^6] + (first[^6] == 'A' ? 'B' : 'A') + first[^5..];
        await Should.ThrowAsync<CryptographicException>(() =>
            db.InScopeAsync(sp => sp.GetRequiredService<IPrivateTextProtector>().UnprotectAsync(owner, tampered, default)));
    }

    [Fact]
    public async Task The_database_holds_only_the_wrapped_data_key_and_a_node_with_another_key_encryption_key_says_so()
    {
        await using var db = await SqliteTestDatabase.CreateAsync(seed: false);
        var owner = Guid.NewGuid();
        var stored = await db.InScopeAsync(sp => sp.GetRequiredService<IPrivateTextProtector>().ProtectAsync(owner, Thought, default));
        var key = await db.InScopeAsync(sp => sp.GetRequiredService<NavLederprogramDbContext>().Set<PrivateTextKey>().SingleAsync(k => k.PersonId == owner));
        key.KeyEncryptionKeyId.ShouldBe(SqliteTestDatabase.TestKeyEncryptionKey.Id);
        Convert.FromBase64String(key.WrappedKey).Length.ShouldBe(12 + 32 + 16);

        await using var misconfigured = db.AnotherNode(s => s.AddSingleton(KeyEncryptionKey.Ephemeral()));
        var refused = await Should.ThrowAsync<InvalidOperationException>(() =>
            misconfigured.InScopeAsync(sp => sp.GetRequiredService<IPrivateTextProtector>().UnprotectAsync(owner, stored, default)));
        refused.Message.ShouldContain(KeyEncryptionKey.ConfigurationKey);
    }

    [Fact]
    public async Task Deleting_a_persons_data_key_makes_their_texts_unreadable_for_good()
    {
        await using var db = await SqliteTestDatabase.CreateAsync(seed: false);
        var owner = Guid.NewGuid();
        var stored = await db.InScopeAsync(sp => sp.GetRequiredService<IPrivateTextProtector>().ProtectAsync(owner, Thought, default));
        // Read once, so that the node has the wrapped key cached: the deletion must reach the cache too.
        (await db.InScopeAsync(sp => sp.GetRequiredService<IPrivateTextProtector>().UnprotectAsync(owner, stored, default))).ShouldBe(Thought);

        (await db.InScopeAsync(sp => sp.GetRequiredService<IPrivateTextKeyStore>().DeleteAsync(owner, default))).ShouldBeTrue();

        await Should.ThrowAsync<CryptographicException>(() =>
            db.InScopeAsync(sp => sp.GetRequiredService<IPrivateTextProtector>().UnprotectAsync(owner, stored, default)));
        // A new key for the person does not bring the old texts back.
        await db.InScopeAsync(sp => sp.GetRequiredService<IPrivateTextProtector>().ProtectAsync(owner, "Ny start.", default));
        await Should.ThrowAsync<CryptographicException>(() =>
            db.InScopeAsync(sp => sp.GetRequiredService<IPrivateTextProtector>().UnprotectAsync(owner, stored, default)));
    }

    [Fact]
    public async Task Two_first_texts_at_once_end_up_under_one_data_key()
    {
        await using var db = await SqliteTestDatabase.CreateAsync(seed: false);
        var owner = Guid.NewGuid();
        var texts = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            db.InScopeAsync(sp => sp.GetRequiredService<IPrivateTextProtector>().ProtectAsync(owner, $"Tekst {i}", default))));
        var read = await db.InScopeAsync(async sp =>
        {
            var protector = sp.GetRequiredService<IPrivateTextProtector>();
            var all = new List<string>();
            foreach (var t in texts) all.Add(await protector.UnprotectAsync(owner, t, default));
            return all;
        });
        read.ShouldBe(["Tekst 0", "Tekst 1", "Tekst 2", "Tekst 3"]);
    }

    [Fact]
    public async Task Reflection_notes_written_before_encryption_are_encrypted_in_place_once_and_keep_their_time()
    {
        await using var db = await SqliteTestDatabase.CreateAsync();
        // The demo seed wrote its notes encrypted; make two of them plain, as rows from before the migration are.
        var notes = await db.InScopeAsync(async sp => await sp.GetRequiredService<NavLederprogramDbContext>().Set<ReflectionNote>()
            .AsNoTracking().OrderBy(n => n.Id).Take(2).ToListAsync());
        notes.Count.ShouldBe(2);
        notes.ShouldAllBe(n => n.IsProtected);
        await db.InScopeAsync(async sp =>
        {
            var context = sp.GetRequiredService<NavLederprogramDbContext>();
            foreach (var (note, i) in notes.Select((n, i) => (n, i)))
                await context.Set<ReflectionNote>().Where(n => n.Id == note.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.ProtectedText, $"Skrevet før kryptering {i}"));
        });

        await db.InScopeAsync(sp => sp.GetServices<IDataSeedContributor>().OfType<ReflectionNoteEncryption>().Single().SeedAsync(default));

        var after = await db.InScopeAsync(async sp => await sp.GetRequiredService<NavLederprogramDbContext>().Set<ReflectionNote>()
            .AsNoTracking().Where(n => notes.Select(x => x.Id).Contains(n.Id)).OrderBy(n => n.Id).ToListAsync());
        after.ShouldAllBe(n => n.IsProtected && !n.ProtectedText.Contains("kryptering"));
        after.Select(n => n.LastModificationTime).ShouldBe(notes.Select(n => n.LastModificationTime));
        var texts = await db.InScopeAsync(async sp =>
        {
            var protector = sp.GetRequiredService<IPrivateTextProtector>();
            return new[] { await protector.UnprotectAsync(after[0].AuthorPersonId, after[0].ProtectedText, default),
                await protector.UnprotectAsync(after[1].AuthorPersonId, after[1].ProtectedText, default) };
        });
        texts.ShouldBe(["Skrevet før kryptering 0", "Skrevet før kryptering 1"]);

        // A second run finds nothing to do and changes nothing.
        await db.InScopeAsync(sp => sp.GetServices<IDataSeedContributor>().OfType<ReflectionNoteEncryption>().Single().SeedAsync(default));
        var again = await db.InScopeAsync(async sp => await sp.GetRequiredService<NavLederprogramDbContext>().Set<ReflectionNote>()
            .AsNoTracking().Where(n => notes.Select(x => x.Id).Contains(n.Id)).OrderBy(n => n.Id).Select(n => n.ProtectedText).ToListAsync());
        again.ShouldBe(after.Select(n => n.ProtectedText));
    }

    [Fact]
    public void A_reflection_note_refuses_plain_text()
    {
        Should.Throw<ArgumentException>(() => new ReflectionNote(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Thought));
        // Plain text that merely starts like the protected form is not taken for it.
        ProtectedText.IsProtected("v1:hei på deg").ShouldBeFalse();
    }
}

public class KeyEncryptionKeyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("navleder-kek-").FullName;

    [Fact]
    public void Without_configuration_the_key_is_made_once_in_the_data_folder_readable_by_its_owner_only()
    {
        var first = KeyEncryptionKey.Load(null, _folder);
        var again = KeyEncryptionKey.Load(" ", _folder);
        again.Id.ShouldBe(first.Id);
        var file = Path.Combine(_folder, "keys", KeyEncryptionKey.FileName);
        if (!OperatingSystem.IsWindows())
            File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public void A_configured_key_wins_and_a_malformed_one_is_refused_with_its_setting_named()
    {
        var configured = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        KeyEncryptionKey.Load(configured, _folder).Id.ShouldBe(KeyEncryptionKey.FromBase64(configured).Id);
        File.Exists(Path.Combine(_folder, "keys", KeyEncryptionKey.FileName)).ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => KeyEncryptionKey.Load("not base64!", _folder)).Message.ShouldContain(KeyEncryptionKey.ConfigurationKey);
        Should.Throw<InvalidOperationException>(() => KeyEncryptionKey.Load(Convert.ToBase64String(new byte[16]), _folder)).Message.ShouldContain("32 bytes");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
