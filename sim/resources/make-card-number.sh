#!/bin/sh
# Makes card-number.ul, the customer recsim's history has read out a card number: Mastercard's
# test number, said by festival's HTS voice, as 8 kHz G.711 u-law without a header.
# Needs festival, festvox-us-slt-hts and sox. The recogniser hears this number whole, so the
# demo shows a finding; other numbers lose digits (README: its recall).
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -r "$work"' EXIT
echo "Sure. My card number is five five five five, five five five five, five five five five," \
     "four four four four. It expires in March." > "$work/text"
text2wave -eval '(voice_cmu_us_slt_arctic_hts)' "$work/text" -o "$work/wide.wav"
sox -D "$work/wide.wav" -r 8000 -c 1 -e u-law -t ul card-number.ul
