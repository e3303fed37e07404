<?php
// Scores an indicator-score report through `ita serve`, with PHP's curl extension, as a district site would.
//
// Usage: php ita_client.php [URL] [REPORT]
//   URL     the service, default http://127.0.0.1:8080/
//   REPORT  a report (docs/json-format.md, format 1), default the bundled sample (Khon Kaen, FY2566)
//
// Prints the office, the year, the score and the grade with its meaning in English and Thai; on a refused report, each problem with its JSON pointer,
// and exits 1. Set ITA_TOKEN when the service requires a token.

$url = $argv[1] ?? 'http://127.0.0.1:8080/';
$path = $argv[2] ?? __DIR__ . '/../../../samples/khon-kaen-2566.json';
$report = file_get_contents($path);
if ($report === false) {
    fwrite(STDERR, "cannot read $path\n");
    exit(2);
}

// problems in English (the first named), results' labels in both languages
$headers = ['Content-Type: application/json', 'Accept-Language: en, th'];
$token = getenv('ITA_TOKEN');
if ($token !== false && $token !== '') {
    $headers[] = 'Authorization: Bearer ' . $token;
}
$curl = curl_init(rtrim($url, '/') . '/v1/assessments');
curl_setopt_array($curl, [
    CURLOPT_POST => true,
    CURLOPT_POSTFIELDS => $report,
    CURLOPT_HTTPHEADER => $headers,
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_TIMEOUT => 30,
]);
$body = curl_exec($curl);
if ($body === false) {
    fwrite(STDERR, 'cannot reach the service: ' . curl_error($curl) . "\n");
    exit(2);
}
$status = curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
$data = json_decode($body, true);
if ($status !== 200) {
    fwrite(STDERR, "refused ($status): {$data['title']}\n");
    foreach ($data['problems'] ?? [] as $p) {
        fwrite(STDERR, "  {$p['pointer']}: " . ($p['value'] ?? '') . ": {$p['rule']}\n");
    }
    exit(1);
}
printf("%s, fiscal year %d: %.2f, grade %s (%s, %s), %s\n", $data['office'], $data['fiscalYear'], $data['score'], $data['grade'],
    $data['gradeTitle']['en'], $data['gradeTitle']['th'], $data['passed'] ? 'passed' : 'not passed');
