<?php
// A district system's use of a PHP client that OpenAPI Generator made from the service's own document
// (GET /v1/openapi.json; docs/http.md, "A client of your own"): it scores a report and reads the problems of a
// refused one by their codes. Usage: php score.php CLIENT_DIR BASE_URL REPORT_JSON
//
// In a project, `composer install` in CLIENT_DIR loads the client and Guzzle. Here the client's classes are
// loaded from CLIENT_DIR/lib and Guzzle from Debian's packages (php-guzzlehttp-guzzle), so that no download is
// needed to run it.
declare(strict_types=1);

[, $clientDir, $base, $reportFile] = $argv;

spl_autoload_register(function (string $class) use ($clientDir): void {
    $prefix = 'Itascore\\Client\\';
    if (strncmp($class, $prefix, strlen($prefix)) === 0) {
        $file = $clientDir . '/lib/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
foreach (['Psr/Http/Message', 'Psr/Http/Client', 'GuzzleHttp/Promise', 'GuzzleHttp/Psr7', 'GuzzleHttp'] as $package) {
    require_once "/usr/share/php/$package/autoload.php";
}

use Itascore\Client\Api\AssessmentApi;
use Itascore\Client\ApiException;
use Itascore\Client\Configuration;
use Itascore\Client\Model\Report;
use Itascore\Client\ObjectSerializer;

$api = new AssessmentApi(new GuzzleHttp\Client(), Configuration::getDefaultConfiguration()->setHost($base));

// the report, as the client's own model
$report = ObjectSerializer::deserialize(json_decode(file_get_contents($reportFile)), Report::class);
$result = $api->assessReport($report);
printf("score %s grade %s passed %s\n", $result->getScore(), $result->getGrade(), $result->getPassed() ? 'yes' : 'no');
foreach ($result->getIndicators() as $indicator) {
    if (!$indicator->getPassed()) {
        printf("below the pass mark: indicator %d, %s\n", $indicator->getNumber(), $indicator->getScore());
    }
}

// a report whose edition does not cover its fiscal year: refused, its problems told by code, in Thai
$report->setEdition('obec-esa-2562');
try {
    $api->assessReport($report, 'th');
    echo "not refused\n";
    exit(1);
} catch (ApiException $e) {
    $problem = json_decode((string) $e->getResponseBody(), true);
    printf("refused %d: %s\n", $e->getCode(), $problem['title']);
    foreach ($problem['problems'] as $p) {
        printf("problem %s at %s\n", $p['code'], $p['pointer'] ?? '-');
    }
}
