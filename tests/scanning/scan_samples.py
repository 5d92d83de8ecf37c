"""Real sample tracking numbers (from jkeen/tracking_number_data), one or more per carrier."""

from __future__ import annotations

# carrier code -> valid sample numbers, as printed on labels.
SAMPLES: dict[str, list[str]] = {
    "ups": ["1Z5R89390357567127", "1Z879E930346834440", "1ZXX3150YW44070023"],
    "fedex": [
        "986578788855",  # FedEx Express (12)
        "1001921334250001000300779017972697",  # FedEx Express (34)
        "041441760228964",  # FedEx Ground (15)
        "9611020987654312345672",  # FedEx Ground 96 (22)
        "9622001900000000000000776632517510",  # FedEx Ground GSN
    ],
    "usps": [
        "9400111206206406260787",  # IMpb, 22 digits
        "9261292700768711948021",
        "92748931507708513018050063",  # IMpb, 26 digits
        "03071790000523483741",  # USPS 20
    ],
    "dhl": ["3318810025", "73891051146"],
    "amazon": ["TBA010000000000"],
    "ontrac": ["C11031500001879", "C10999911320231"],
    "s10": ["RB123456785GB", "RB123456785US"],
}

ALL = [(carrier, number) for carrier, numbers in SAMPLES.items() for number in numbers]

# Formats whose start tells the format, so a cut-off read cannot pass as another carrier.
DISTINCTIVE = [
    "1Z5R89390357567127",
    "TBA010000000000",
    "C11031500001879",
    "RB123456785GB",
    "9400111206206406260787",
    "9611020987654312345672",
]

# USPS IMpb numbers with the destination ZIP they were printed for: (zip5, zip4, number).
USPS_ROUTED = [
    ("22153", "", "9101026837331000039521"),
    ("11213", "", "9261290983497923666238"),
    ("10023", "3424", "9200190132607600833457"),
    ("10282", "0000", "9261290113185417468510"),
]

SSCC = "106141411234567897"  # the GS1 General Specifications example

# Long FedEx barcodes: the number FedEx tracks (and a manifest lists) is their tail.
TRACKED_TAIL = {
    "1001921334250001000300779017972697": "779017972697",  # Express 34: last 12 digits
    "9622001900000000000000776632517510": "776632517510",  # Ground GSN 34: last 12 digits
    "9611020987654312345672": "987654312345672",  # Ground 96 (22): last 15 digits
}


def tracked(number: str) -> str:
    """The tracking number parse_scan reports for a sample barcode number."""
    return TRACKED_TAIL.get(number, number)
