using NrmPortal.Infrastructure.Identity;

namespace NrmPortal.BrowserTests.Fixtures;

/// <summary>
/// Plays the user's authenticator app. The portal accepts a code once per 30-second step and only for a later step than
/// the user's last one, so this remembers the last step used per user and takes the current or next step (both inside the
/// ±1 window) that is still free, waiting for a new step only when both are used.
/// </summary>
public static class Authenticator
{
    private static readonly Dictionary<string, long> LastStep = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Lock Gate = new();

    public static async Task<string> NextCodeAsync(string email, string base32Key)
    {
        var key = TotpCode.FromBase32(base32Key) ?? throw new ArgumentException("Not a Base32 key.", nameof(base32Key));
        while (true)
        {
            var now = DateTimeOffset.UtcNow;
            var current = TotpCode.TimeStep(now);
            lock (Gate)
            {
                var last = LastStep.TryGetValue(email, out var used) ? used : long.MinValue;
                var step = last < current ? current : last < current + 1 ? current + 1 : (long?)null;
                if (step is { } free)
                {
                    LastStep[email] = free;
                    return TotpCode.Compute(key, free);
                }
            }
            // Both the current and the next step are used: wait until the next step becomes the current one.
            var nextStepStarts = DateTimeOffset.FromUnixTimeSeconds((current + 1) * TotpCode.StepSeconds);
            await Task.Delay(nextStepStarts - now + TimeSpan.FromMilliseconds(200));
        }
    }
}
