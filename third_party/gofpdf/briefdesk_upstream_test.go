package gofpdf

// Briefdesk: upstream's code that the Briefdesk changes replaced, kept to
// test that they compute the same.

import "math"

// upstreamCmap is upstream's generateSCCSDictionaries, kept to test the
// cmap and widths the parse now computes without maps.
func upstreamCmap(utf *utf8FontFile, runeCmapPosition int) (symbolCharDictionary map[int][]int, charSymbolDictionary map[int]int) {
	symbolCharDictionary, charSymbolDictionary = map[int][]int{}, map[int]int{}
	utf.seek(runeCmapPosition + 2)
	size := utf.readUint16()
	rim := runeCmapPosition + size
	utf.skip(2)
	segmentSize := utf.readUint16() / 2
	utf.skip(6)
	completers := make([]int, 0)
	for i := 0; i < segmentSize; i++ {
		completers = append(completers, utf.readUint16())
	}
	utf.skip(2)
	beginners := make([]int, 0)
	for i := 0; i < segmentSize; i++ {
		beginners = append(beginners, utf.readUint16())
	}
	sizes := make([]int, 0)
	for i := 0; i < segmentSize; i++ {
		sizes = append(sizes, int(utf.readInt16()))
	}
	readerPositionStart := utf.fileReader.readerPosition
	positions := make([]int, 0)
	for i := 0; i < segmentSize; i++ {
		positions = append(positions, utf.readUint16())
	}
	var symbol int
	for n := 0; n < segmentSize; n++ {
		completePosition := completers[n] + 1
		for char := beginners[n]; char < completePosition; char++ {
			if positions[n] == 0 {
				symbol = (char + sizes[n]) & 0xFFFF
			} else {
				position := (char-beginners[n])*2 + positions[n]
				position = int(readerPositionStart) + 2*n + position
				if position >= rim {
					symbol = 0
				} else {
					symbol = utf.getUint16(position)
					if symbol != 0 {
						symbol = (symbol + sizes[n]) & 0xFFFF
					}
				}
			}
			charSymbolDictionary[char] = symbol
			symbolCharDictionary[symbol] = append(symbolCharDictionary[symbol], char)
		}
	}
	return
}

// upstreamWidths is upstream's parseHMTXTable.
func upstreamWidths(utf *utf8FontFile, numberOfHMetrics, numSymbols int, symbolToChar map[int][]int, scale float64) (charWidths []int, defaultWidth float64) {
	var widths int
	start := utf.SeekTable("hmtx")
	arrayWidths := 0
	charWidths = make([]int, 256*256)
	charCount := 0
	arr := make([]int, 1) // as unpackUint16Array gave it
	data := utf.getRange(start, numberOfHMetrics*4)
	for i := 0; i+1 < len(data); i += 2 {
		arr = append(arr, int(data[i])<<8|int(data[i+1]))
	}
	for symbol := 0; symbol < numberOfHMetrics; symbol++ {
		arrayWidths = arr[(symbol*2)+1]
		if _, OK := symbolToChar[symbol]; OK || symbol == 0 {
			if arrayWidths >= (1 << 15) {
				arrayWidths = 0
			}
			if symbol == 0 {
				defaultWidth = scale * float64(arrayWidths)
				continue
			}
			for _, char := range symbolToChar[symbol] {
				if char != 0 && char != 65535 {
					widths = int(math.Round(scale * float64(arrayWidths)))
					if widths == 0 {
						widths = 65535
					}
					if char < 196608 {
						charWidths[char] = widths
						charCount++
					}
				}
			}
		}
	}
	diff := numSymbols - numberOfHMetrics
	for pos := 0; pos < diff; pos++ {
		symbol := pos + numberOfHMetrics
		if _, OK := symbolToChar[symbol]; OK {
			for _, char := range symbolToChar[symbol] {
				if char != 0 && char != 65535 {
					widths = int(math.Round(scale * float64(arrayWidths)))
					if widths == 0 {
						widths = 65535
					}
					if char < 196608 {
						charWidths[char] = widths
						charCount++
					}
				}
			}
		}
	}
	charWidths[0] = charCount
	return
}

// upstreamCIDFontMap is upstream's generateCIDFontMap, returning the
// line it wrote.
func upstreamCIDFontMap(font *fontDefType, LastRune int) string {
	rangeID := 0
	cidArray := make(map[int]*untypedKeyMap)
	cidArrayKeys := make([]int, 0)
	prevCid := -2
	prevWidth := -1
	interval := false
	startCid := 1
	cwLen := LastRune + 1

	// for each character
	for cid := startCid; cid < cwLen; cid++ {
		if font.Cw[cid] == 0x00 {
			continue
		}
		width := font.Cw[cid]
		if width == 65535 {
			width = 0
		}
		if numb, OK := font.usedRunes[cid]; cid > 255 && (!OK || numb == 0) {
			continue
		}

		if cid == prevCid+1 {
			if width == prevWidth {

				if width == cidArray[rangeID].get(0) {
					upstreamPut(cidArray[rangeID], nil, width)
				} else {
					cidArray[rangeID].pop()
					rangeID = prevCid
					r := untypedKeyMap{
						valueSet: make([]int, 0),
						keySet:   make([]interface{}, 0),
					}
					cidArray[rangeID] = &r
					cidArrayKeys = append(cidArrayKeys, rangeID)
					upstreamPut(cidArray[rangeID], nil, prevWidth)
					upstreamPut(cidArray[rangeID], nil, width)
				}
				interval = true
				upstreamPut(cidArray[rangeID], "interval", 1)
			} else {
				if interval {
					// new range
					rangeID = cid
					r := untypedKeyMap{
						valueSet: make([]int, 0),
						keySet:   make([]interface{}, 0),
					}
					cidArray[rangeID] = &r
					cidArrayKeys = append(cidArrayKeys, rangeID)
					upstreamPut(cidArray[rangeID], nil, width)
				} else {
					upstreamPut(cidArray[rangeID], nil, width)
				}
				interval = false
			}
		} else {
			rangeID = cid
			r := untypedKeyMap{
				valueSet: make([]int, 0),
				keySet:   make([]interface{}, 0),
			}
			cidArray[rangeID] = &r
			cidArrayKeys = append(cidArrayKeys, rangeID)
			upstreamPut(cidArray[rangeID], nil, width)
			interval = false
		}
		prevCid = cid
		prevWidth = width

	}
	previousKey := -1
	nextKey := -1
	isInterval := false
	for g := 0; g < len(cidArrayKeys); {
		key := cidArrayKeys[g]
		ws := *cidArray[key]
		cws := len(ws.keySet)
		if (key == nextKey) && (!isInterval) && (ws.getIndex("interval") < 0 || cws < 4) {
			if cidArray[key].getIndex("interval") >= 0 {
				cidArray[key].delete("interval")
			}
			cidArray[previousKey] = upstreamMerge(cidArray[previousKey], cidArray[key])
			cidArrayKeys = remove(cidArrayKeys, key)
		} else {
			g++
			previousKey = key
		}
		nextKey = key + cws
		// ui := ws.getIndex("interval")
		// ui = ui + 1
		if ws.getIndex("interval") >= 0 {
			if cws > 3 {
				isInterval = true
			} else {
				isInterval = false
			}
			cidArray[key].delete("interval")
			nextKey--
		} else {
			isInterval = false
		}
	}
	var w fmtBuffer
	for _, k := range cidArrayKeys {
		ws := cidArray[k]
		if len(arrayCountValues(ws.valueSet)) == 1 {
			w.printf(" %d %d %d", k, k+len(ws.valueSet)-1, ws.get(0))
		} else {
			w.printf(" %d [ %s ]\n", k, upstreamImplode(" ", ws.valueSet))
		}
	}
	return "/W [" + w.String() + " ]"
}

// upstreamPut is upstream's untypedKeyMap.put.
func upstreamPut(pa *untypedKeyMap, key interface{}, value int) {
	if key == nil {
		var i int
		for n := 0; ; n++ {
			i = pa.getIndex(n)
			if i < 0 {
				key = n
				break
			}
		}
		pa.keySet = append(pa.keySet, key)
		pa.valueSet = append(pa.valueSet, value)
	} else {
		i := pa.getIndex(key)
		if i < 0 {
			pa.keySet = append(pa.keySet, key)
			pa.valueSet = append(pa.valueSet, value)
		} else {
			pa.valueSet[i] = value
		}
	}
}

// upstreamMerge is upstream's arrayMerge.
func upstreamMerge(arr1, arr2 *untypedKeyMap) *untypedKeyMap {
	answer := untypedKeyMap{}
	if arr1 == nil && arr2 == nil {
		answer = untypedKeyMap{
			make([]interface{}, 0),
			make([]int, 0),
		}
	} else if arr2 == nil {
		answer.keySet = arr1.keySet[:]
		answer.valueSet = arr1.valueSet[:]
	} else if arr1 == nil {
		answer.keySet = arr2.keySet[:]
		answer.valueSet = arr2.valueSet[:]
	} else {
		answer.keySet = arr1.keySet[:]
		answer.valueSet = arr1.valueSet[:]
		for i := 0; i < len(arr2.keySet); i++ {
			if arr2.keySet[i] == "interval" {
				if arr1.getIndex("interval") < 0 {
					upstreamPut(&answer, "interval", arr2.valueSet[i])
				}
			} else {
				upstreamPut(&answer, nil, arr2.valueSet[i])
			}
		}
	}
	return &answer
}

// upstreamImplode is upstream's implode.
func upstreamImplode(sep string, arr []int) string {
	var s fmtBuffer
	for i := 0; i < len(arr)-1; i++ {
		s.printf("%v", arr[i])
		s.printf("%s", sep)
	}
	if len(arr) > 0 {
		s.printf("%v", arr[len(arr)-1])
	}
	return s.String()
}

// upstreamChecksum is upstream's generateChecksum, for data whose length is
// a multiple of 4.
func upstreamChecksum(data []byte) []int {
	answer := []int{0x0000, 0x0000}
	for i := 0; i < len(data); i += 4 {
		answer[0] += (int(data[i]) << 8) + int(data[i+1])
		answer[1] += (int(data[i+2]) << 8) + int(data[i+3])
		answer[0] += answer[1] >> 16
		answer[1] = answer[1] & 0xFFFF
		answer[0] = answer[0] & 0xFFFF
	}
	return answer
}

// upstreamLoca is upstream's parseLOCATable, returning the offsets.
func upstreamLoca(utf *utf8FontFile, format, numSymbols int) []int {
	start := utf.SeekTable("loca")
	positions := make([]int, 0)
	unpack := func(data []byte, size int) []int {
		answer := make([]int, 1)
		for i := 0; i+size <= len(data); i += size {
			if size == 2 {
				answer = append(answer, int(data[i])<<8|int(data[i+1]))
			} else {
				answer = append(answer, int(data[i])<<24|int(data[i+1])<<16|int(data[i+2])<<8|int(data[i+3]))
			}
		}
		return answer
	}
	if format == 0 {
		arr := unpack(utf.getRange(start, (numSymbols*2)+2), 2)
		for n := 0; n <= numSymbols; n++ {
			positions = append(positions, arr[n+1]*2)
		}
	} else if format == 1 {
		arr := unpack(utf.getRange(start, (numSymbols*4)+4), 4)
		for n := 0; n <= numSymbols; n++ {
			positions = append(positions, arr[n+1])
		}
	}
	return positions
}
